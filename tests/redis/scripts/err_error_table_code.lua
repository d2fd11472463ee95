error({err = 'CUSTOM with code'})
