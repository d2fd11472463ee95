-- resp: 3
return {verbatim_string = {format = 'txt', string = 'hello'}}
