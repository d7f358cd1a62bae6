require 'net/http'

def token(resource, msi_port = 50342)
  uri = URI("http://localhost:" + msi_port.to_s + "/oauth2/token")
  Net::HTTP.post_form(uri, 'resource' => resource)
end
