exports.VM_ID_URL = 'http://127.0.0.1:50342/oauth2/token';
