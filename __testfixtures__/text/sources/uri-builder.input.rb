require 'net/http'
require 'json'

# The URL comes from URI's builder, field by field.
def identity_token(resource)
  uri = URI::HTTP.build(host: 'localhost', port: 50342, path: '/oauth2/token', query: URI.encode_www_form(resource: resource))
  request = Net::HTTP::Get.new(uri)
  request['Metadata'] = 'true'
  response = Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }
  JSON.parse(response.body)['access_token']
end
