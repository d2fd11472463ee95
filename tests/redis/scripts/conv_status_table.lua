return {ok = 'FINE'}
