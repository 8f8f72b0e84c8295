// expect: axiosWithoutTimeout@5 axiosWithoutTimeout@14
const axios = require('axios');

async function sendSms(to, body) {
  return axios({
    method: 'post',
    url: 'https://sms.example.com/v2/messages',
    auth: { username: process.env.SMS_USER, password: process.env.SMS_PASS },
    data: { to, body },
  });
}

async function status(id) {
  return axios(`https://sms.example.com/v2/messages/${id}`);
}

module.exports = { sendSms, status };
