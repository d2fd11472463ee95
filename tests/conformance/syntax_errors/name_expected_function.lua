function (x) end
