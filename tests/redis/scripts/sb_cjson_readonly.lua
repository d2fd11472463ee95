cjson.encode = nil
