repeat
  local z = 3

