return tostring(rawget(_G, 'nothing'))
