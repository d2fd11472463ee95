getmetatable('').__index = {}
