return {ok = 'line1\nline2'}
