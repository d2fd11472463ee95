for k, v pairs({}) do end
