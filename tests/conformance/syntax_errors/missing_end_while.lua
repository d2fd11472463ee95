while true do
  local y = 2
