-- wrk script: POST the SPARQL query in the file named by $QFILE, asking for JSON results.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/sparql-results+json"
local f = io.open(os.getenv("QFILE")); local q = f:read("*a"); f:close()
wrk.body = "query=" .. q:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
