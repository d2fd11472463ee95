-- resp: 3
return {set = {only = true}}
