// Placeholder entry: replaced by `archlens check`.
console.log('archlens: not implemented yet');
