require 'net/http'
require 'json'

=begin
Old docs: http://localhost:50342/oauth2/token
=end
# GET http://localhost:50342/oauth2/token?resource=...
uri = URI("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=#{RESOURCE}")
request = Net::HTTP::Get.new(uri)
request['Metadata'] = 'true'
token = JSON.parse(Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }.body)['access_token']
