return {tostring(1e15), tostring(0.1), tostring(2^53), 1e15 .. ''}
