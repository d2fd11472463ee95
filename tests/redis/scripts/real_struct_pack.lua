local s = struct.pack('>I2', 258)
return {#s, struct.unpack('>I2', s)}
