return {verbatim_string = {format = 'mkd', string = 'hi'}}
