require 'net/http'

TOKEN_URL = 'http://localhost:50342/oauth2/token'

def token(resource)
  uri = URI("#{TOKEN_URL}?resource=#{resource}")
  req = Net::HTTP::Get.new(uri)
  req['Metadata'] = 'true'
  Net::HTTP.start(uri.host, uri.port, read_timeout: 5) { |h| h.request(req) }.body
end
