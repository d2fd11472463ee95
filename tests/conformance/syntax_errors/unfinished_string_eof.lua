local s = "no end
