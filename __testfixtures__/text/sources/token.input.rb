require 'net/http'
require 'json'

=begin
Old docs: http://localhost:50342/oauth2/token
=end
# GET http://localhost:50342/oauth2/token?resource=...
uri = URI("http://localhost:50342/oauth2/token?resource=#{RESOURCE}")
request = Net::HTTP::Get.new(uri)
request['Metadata'] = 'true'
token = JSON.parse(Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }.body)['access_token']
