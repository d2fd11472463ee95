return {err = 'MYCODE something bad'}
