return {err = 'E1 x', ok = 'ignored', 1, 2}
