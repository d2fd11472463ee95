return {1, {ok = 'good'}, {err = 'BAD thing'}}
