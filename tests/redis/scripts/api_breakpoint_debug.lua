return {redis.breakpoint(), select('#', redis.debug('x'))}
