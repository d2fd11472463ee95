return {err = 'ERR bad\r\ninput\r\n'}
