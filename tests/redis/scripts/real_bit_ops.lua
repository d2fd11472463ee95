return {bit.band(0xff, 0x0f), bit.bor(1, 2), bit.tohex(255), bit.lshift(1, 10)}
