local x = not
