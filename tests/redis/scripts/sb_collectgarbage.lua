return collectgarbage()
