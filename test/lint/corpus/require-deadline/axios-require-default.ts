// expect: axiosWithoutTimeout@5
const axios = require('axios').default;

export async function postForm(url: string, form: FormData) {
  return axios.postForm(url, form);
}

export async function putFormWithin(url: string, form: FormData) {
  return axios.putForm(url, form, { timeout: 30000 });
}
