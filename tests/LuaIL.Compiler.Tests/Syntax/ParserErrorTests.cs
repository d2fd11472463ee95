using System.Text;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests.Syntax;

// Every expected text below is what `lua5.1 -e 'print(loadstring(src))'` printed (PUC-Rio 5.1.5),
// generated once and pasted; null means lua5.1 accepted the chunk. Sources are byte-per-char.
public class ParserErrorTests
{
    public static readonly TheoryData<string, string?> LoadstringCases = new()
    {
        { "x = = 1", "[string \"x = = 1\"]:1: unexpected symbol near '='" },
        { "x", "[string \"x\"]:1: '=' expected near '<eof>'" },
        { "(x)", "[string \"(x)\"]:1: syntax error near '<eof>'" },
        { "x, f() = 1", "[string \"x, f() = 1\"]:1: syntax error near '='" },
        { "f() , x = 1", "[string \"f() , x = 1\"]:1: unexpected symbol near ','" },
        { "local", "[string \"local\"]:1: '<name>' expected near '<eof>'" },
        { "local 1", "[string \"local 1\"]:1: '<name>' expected near '1'" },
        { "local function", "[string \"local function\"]:1: '<name>' expected near '<eof>'" },
        { "local function 1", "[string \"local function 1\"]:1: '<name>' expected near '1'" },
        { "function f( end", "[string \"function f( end\"]:1: <name> or '...' expected near 'end'" },
        { "function f(a,) end", "[string \"function f(a,) end\"]:1: <name> or '...' expected near ')'" },
        { "function f(a b) end", "[string \"function f(a b) end\"]:1: ')' expected near 'b'" },
        { "function f(... , a) end", "[string \"function f(... , a) end\"]:1: ')' expected near ','" },
        { "function f.1() end", "[string \"function f.1() end\"]:1: '(' expected near '.1'" },
        { "function f:() end", "[string \"function f:() end\"]:1: '<name>' expected near '('" },
        { "x = f:", "[string \"x = f:\"]:1: '<name>' expected near '<eof>'" },
        { "x = f:m", "[string \"x = f:m\"]:1: function arguments expected near '<eof>'" },
        { "x = f:m + 1", "[string \"x = f:m + 1\"]:1: function arguments expected near '+'" },
        { "x = a.", "[string \"x = a.\"]:1: '<name>' expected near '<eof>'" },
        { "x = a[1", "[string \"x = a[1\"]:1: ']' expected near '<eof>'" },
        { "x = {1 2}", "[string \"x = {1 2}\"]:1: '}' expected near '2'" },
        { "x = {\u000A1 2}", "[string \"x = {...\"]:2: '}' expected (to close '{' at line 1) near '2'" },
        { "x = {[1] 2}", "[string \"x = {[1] 2}\"]:1: '=' expected near '2'" },
        { "x = {a 2}", "[string \"x = {a 2}\"]:1: '}' expected near '2'" },
        { "if x then", "[string \"if x then\"]:1: 'end' expected near '<eof>'" },
        { "if x then\u000A\u000A", "[string \"if x then...\"]:3: 'end' expected (to close 'if' at line 1) near '<eof>'" },
        { "if x end", "[string \"if x end\"]:1: 'then' expected near 'end'" },
        { "if x then else elseif", "[string \"if x then else elseif\"]:1: 'end' expected near 'elseif'" },
        { "while x do", "[string \"while x do\"]:1: 'end' expected near '<eof>'" },
        { "while x", "[string \"while x\"]:1: 'do' expected near '<eof>'" },
        { "do", "[string \"do\"]:1: 'end' expected near '<eof>'" },
        { "repeat", "[string \"repeat\"]:1: 'until' expected near '<eof>'" },
        { "repeat until", "[string \"repeat until\"]:1: unexpected symbol near '<eof>'" },
        { "for", "[string \"for\"]:1: '<name>' expected near '<eof>'" },
        { "for x", "[string \"for x\"]:1: '=' or 'in' expected near '<eof>'" },
        { "for x = 1 do end", "[string \"for x = 1 do end\"]:1: ',' expected near 'do'" },
        { "for x = 1, 2 end", "[string \"for x = 1, 2 end\"]:1: 'do' expected near 'end'" },
        { "for x, y = 1, 2 do end", "[string \"for x, y = 1, 2 do end\"]:1: 'in' expected near '='" },
        { "for x in do end", "[string \"for x in do end\"]:1: unexpected symbol near 'do'" },
        { "for 1 = 1", "[string \"for 1 = 1\"]:1: '<name>' expected near '1'" },
        { "for x y", "[string \"for x y\"]:1: '=' or 'in' expected near 'y'" },
        { "return return", "[string \"return return\"]:1: unexpected symbol near 'return'" },
        { "return 1 x = 2", "[string \"return 1 x = 2\"]:1: '<eof>' expected near 'x'" },
        { "break", "[string \"break\"]:1: no loop to break near '<eof>'" },
        { "do break end", "[string \"do break end\"]:1: no loop to break near 'end'" },
        { "while 1 do break x() end", "[string \"while 1 do break x() end\"]:1: 'end' expected near 'x'" },
        { "while 1 do local function f() break end end", "[string \"while 1 do local function f() break end end\"]:1: no loop to break near 'end'" },
        { "x = ...", null },
        { "function f() return ... end", "[string \"function f() return ... end\"]:1: cannot use '...' outside a vararg function near '...'" },
        { "function f(...) return ... end", null },
        { "end", "[string \"end\"]:1: '<eof>' expected near 'end'" },
        { ";", "[string \";\"]:1: unexpected symbol near ';'" },
        { "x = 1;;", "[string \"x = 1;;\"]:1: unexpected symbol near ';'" },
        { "x = 1 ;", null },
        { "local x = 1\u000A(f)()", null },
        { "f\u000A(1)", "[string \"f...\"]:2: ambiguous syntax (function call x new statement) near '('" },
        { "f\u000A'a'", null },
        { "x = 1 +", "[string \"x = 1 +\"]:1: unexpected symbol near '<eof>'" },
        { "x = not", "[string \"x = not\"]:1: unexpected symbol near '<eof>'" },
        { "x = #", "[string \"x = #\"]:1: unexpected symbol near '<eof>'" },
        { "x = 1 .. ", "[string \"x = 1 .. \"]:1: unexpected symbol near '<eof>'" },
        { "x = ( 1", "[string \"x = ( 1\"]:1: ')' expected near '<eof>'" },
        { "x = (\u000A1", "[string \"x = (...\"]:2: ')' expected (to close '(' at line 1) near '<eof>'" },
        { "x = (1))", "[string \"x = (1))\"]:1: unexpected symbol near ')'" },
        { "x = a..b..", "[string \"x = a..b..\"]:1: unexpected symbol near '<eof>'" },
        { "a.b:c = 1", "[string \"a.b:c = 1\"]:1: function arguments expected near '='" },
        { "a:b().c = 1", null },
        { "x = function", "[string \"x = function\"]:1: '(' expected near '<eof>'" },
        { "x = function(", "[string \"x = function(\"]:1: <name> or '...' expected near '<eof>'" },
        { "x = function() end end", "[string \"x = function() end end\"]:1: '<eof>' expected near 'end'" },
        { "x = \"abc", "[string \"x = \"abc\"]:1: unfinished string near '<eof>'" },
        { "x = \"abc\u000Ay\"", "[string \"x = \"abc...\"]:1: unfinished string near '\"abc'" },
        { "x = 'a\\300'", "[string \"x = 'a\\300'\"]:1: escape sequence too large near ''a'" },
        { "x = 'abc\\", "[string \"x = 'abc\\\"]:1: unfinished string near '<eof>'" },
        { "x = [[abc", "[string \"x = [[abc\"]:1: unfinished long string near '<eof>'" },
        { "x = [==[abc]=]", "[string \"x = [==[abc]=]\"]:1: unfinished long string near '<eof>'" },
        { "x = [=x", "[string \"x = [=x\"]:1: invalid long string delimiter near '[='" },
        { "x = [==x", "[string \"x = [==x\"]:1: invalid long string delimiter near '[=='" },
        { "--[[ abc", "[string \"--[[ abc\"]:1: unfinished long comment near '<eof>'" },
        { "--[==[ abc ]] ", "[string \"--[==[ abc ]] \"]:1: unfinished long comment near '<eof>'" },
        { "x = [[ a [[ b ]]", "[string \"x = [[ a [[ b ]]\"]:1: nesting of [[...]] is deprecated near '['" },
        { "--[[ a [[ b ]]", "[string \"--[[ a [[ b ]]\"]:1: nesting of [[...]] is deprecated near '['" },
        { "x = [=[ a [=[ b ]=]", null },
        { "x = 3x", "[string \"x = 3x\"]:1: malformed number near '3x'" },
        { "x = 1e", "[string \"x = 1e\"]:1: malformed number near '1e'" },
        { "x = 1e+", "[string \"x = 1e+\"]:1: malformed number near '1e+'" },
        { "x = 1..2", "[string \"x = 1..2\"]:1: malformed number near '1..2'" },
        { "x = 0x", "[string \"x = 0x\"]:1: malformed number near '0x'" },
        { "x = 0xg", "[string \"x = 0xg\"]:1: malformed number near '0xg'" },
        { "x = 1.5.3", "[string \"x = 1.5.3\"]:1: malformed number near '1.5.3'" },
        { "x = .5.", "[string \"x = .5.\"]:1: malformed number near '.5.'" },
        { "x = 08", null },
        { "x = 1 ~ 2", "[string \"x = 1 ~ 2\"]:1: unexpected symbol near '~'" },
        { "x = @", "[string \"x = @\"]:1: unexpected symbol near '@'" },
        { "x = \u0001", "[string \"x = \u0001\"]:1: unexpected symbol near 'char(1)'" },
        { "x = \u007F", "[string \"x = \u007F\"]:1: unexpected symbol near 'char(127)'" },
        { "x = $", "[string \"x = $\"]:1: unexpected symbol near '$'" },
        { "x = 'a\\0b' y", "[string \"x = 'a\\0b' y\"]:1: '=' expected near '<eof>'" },
        { "x = \"a\\65\" y", "[string \"x = \"a\\65\" y\"]:1: '=' expected near '<eof>'" },
        { "x = [[\u000Aab]] y", "[string \"x = [[...\"]:2: '=' expected near '<eof>'" },
        { "x = [==[\u000D\u000Aab]==] y", "[string \"x = [==[...\"]:2: '=' expected near '<eof>'" },
        { "x = 12 34", "[string \"x = 12 34\"]:1: unexpected symbol near '34'" },
        { "x = a.b.c d", "[string \"x = a.b.c d\"]:1: '=' expected near '<eof>'" },
        { "goto = 1 x", "[string \"goto = 1 x\"]:1: '=' expected near '<eof>'" },
        { "f{...}", null },
        { "local a <const> = 1", "[string \"local a <const> = 1\"]:1: unexpected symbol near '<'" },
        { "x = 1 // 2", "[string \"x = 1 // 2\"]:1: unexpected symbol near '/'" },
        { "x = a & b", "[string \"x = a & b\"]:1: unexpected symbol near '&'" },
        { "x = 0x1p4 y", "[string \"x = 0x1p4 y\"]:1: '=' expected near '<eof>'" },
        { "x = 1e400 y", "[string \"x = 1e400 y\"]:1: '=' expected near '<eof>'" },
        { "local function f()\u000A\u000Aend end", "[string \"local function f()...\"]:3: '<eof>' expected near 'end'" },
        { "function a.b.c:d() end end", "[string \"function a.b.c:d() end end\"]:1: '<eof>' expected near 'end'" },
        { "x = {\u000A\u000A", "[string \"x = {...\"]:3: unexpected symbol near '<eof>'" },
        { "x = f(\u000A\u000A", "[string \"x = f(...\"]:3: unexpected symbol near '<eof>'" },
        { "f(\u000A\u000A1", "[string \"f(...\"]:3: ')' expected (to close '(' at line 1) near '<eof>'" },
        { "x = a[\u000A\u000A1", "[string \"x = a[...\"]:3: ']' expected near '<eof>'" },
        { "local t = {x y}", "[string \"local t = {x y}\"]:1: '}' expected near 'y'" },
        { "local t = {x = }", "[string \"local t = {x = }\"]:1: unexpected symbol near '}'" },
        { "local t = {[1] = }", "[string \"local t = {[1] = }\"]:1: unexpected symbol near '}'" },
        { "x = {,}", "[string \"x = {,}\"]:1: unexpected symbol near ','" },
        { "x = {;}", "[string \"x = {;}\"]:1: unexpected symbol near ';'" },
        { "x = {1,,}", "[string \"x = {1,,}\"]:1: unexpected symbol near ','" },
        { "x = {1;}", null },
        { "x = 'abc", "[string \"x = 'abc\"]:1: unfinished string near '<eof>'" },
        { "x = \"abc\\\u000Adef", "[string \"x = \"abc\\...\"]:2: unfinished string near '<eof>'" },
        { "a.b = 1 2", "[string \"a.b = 1 2\"]:1: unexpected symbol near '2'" },
        { "x = a and", "[string \"x = a and\"]:1: unexpected symbol near '<eof>'" },
        { "x = -", "[string \"x = -\"]:1: unexpected symbol near '<eof>'" },
        { "x = nil nil", "[string \"x = nil nil\"]:1: unexpected symbol near 'nil'" },
        { "if x then return 1 else return 2 end y", "[string \"if x then return 1 else return 2 end y\"]:1: '=' expected near '<eof>'" },
        { "return 1;", null },
        { "return 1;;", "[string \"return 1;;\"]:1: '<eof>' expected near ';'" },
        { "return;", null },
        { "return 1 end", "[string \"return 1 end\"]:1: '<eof>' expected near 'end'" },
        { "function f() return 1; end", null },
        { "local x, = 1", "[string \"local x, = 1\"]:1: '<name>' expected near '='" },
        { "local x = 1,", "[string \"local x = 1,\"]:1: unexpected symbol near '<eof>'" },
        { "x = f(1,)", "[string \"x = f(1,)\"]:1: unexpected symbol near ')'" },
        { "x = f(,)", "[string \"x = f(,)\"]:1: unexpected symbol near ','" },
        { "function f(a, ...) end x(", "[string \"function f(a, ...) end x(\"]:1: unexpected symbol near '<eof>'" },
        { "x = {} x", "[string \"x = {} x\"]:1: '=' expected near '<eof>'" },
        { "x = 1 \"a\\65\"", "[string \"x = 1 \"a\\65\"\"]:1: unexpected symbol near '\"aA\"'" },
        { "x = 1 [[\u000Aab]]", "[string \"x = 1 [[...\"]:2: unexpected symbol near '[[ab]]'" },
        { "x = 1 'a\\0b'", "[string \"x = 1 'a\\0b'\"]:1: unexpected symbol near ''a'" },
        { "x = 1 [==[\u000D\u000Aab]==]", "[string \"x = 1 [==[...\"]:2: unexpected symbol near '[==[ab]==]'" },
        { "x = 1 [[a\u000D\u000A\u000A\u000Db]]", "[string \"x = 1 [[a...\"]:3: unexpected symbol near '[[a\u000A\u000Ab]]'" },
        { "x = 1 0x10", "[string \"x = 1 0x10\"]:1: unexpected symbol near '0x10'" },
        { "x = 1 12.5e3", "[string \"x = 1 12.5e3\"]:1: unexpected symbol near '12.5e3'" },
        { "x = 1 abc", "[string \"x = 1 abc\"]:1: '=' expected near '<eof>'" },
        { "x = 1\u000D\u000A\u000D\u000Ay y", "[string \"x = 1...\"]:3: '=' expected near 'y'" },
        { "x = 1\u000A\u000D\u000A\u000Dy y", "[string \"x = 1...\"]:3: '=' expected near 'y'" },
        { "x = 1\u000D\u000D y y", "[string \"x = 1...\"]:3: '=' expected near 'y'" },
        { "x = 1 '\u00C8'", "[string \"x = 1 '\u00C8'\"]:1: unexpected symbol near ''\u00C8''" },
        { "x = 1 \u00C8", "[string \"x = 1 \u00C8\"]:1: unexpected symbol near '\u00C8'" },
        { "x = \"a\\\u000D\u000Ab\" + \u000A\u000A +", "[string \"x = \"a\\...\"]:4: unexpected symbol near '+'" },
        { "local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b", null },
        { "local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b", "[string \"local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a...\"]:1: main function has more than 200 local variables" },
        { "function f() local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b end", "[string \"function f() local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,...\"]:1: function at line 1 has more than 200 local variables" },
        { "function f(...) local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b end", null },
        { "for i=1,2 do local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b end", null },
        { "for i=1,2 do local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b end", "[string \"for i=1,2 do local a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,...\"]:1: main function has more than 200 local variables" },
        { "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b = 1", "[string \"a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a...\"]:1: main function has more than 197 variables in assignment" },
        { "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b = 1", null },
        { "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,b = 1", null },
        { "x = 2^2^", "[string \"x = 2^2^\"]:1: unexpected symbol near '<eof>'" },
        { "x = 1 \"a\\\u000Ab\"", "[string \"x = 1 \"a\\...\"]:2: unexpected symbol near '\"a\u000Ab\"'" },
        { "local u1\u000Alocal u2\u000Alocal u3\u000Alocal u4\u000Alocal u5\u000Alocal u6\u000Alocal u7\u000Alocal u8\u000Alocal u9\u000Alocal u10\u000Alocal u11\u000Alocal u12\u000Alocal u13\u000Alocal u14\u000Alocal u15\u000Alocal u16\u000Alocal u17\u000Alocal u18\u000Alocal u19\u000Alocal u20\u000Alocal u21\u000Alocal u22\u000Alocal u23\u000Alocal u24\u000Alocal u25\u000Alocal u26\u000Alocal u27\u000Alocal u28\u000Alocal u29\u000Alocal u30\u000Alocal u31\u000Alocal u32\u000Alocal u33\u000Alocal u34\u000Alocal u35\u000Alocal u36\u000Alocal u37\u000Alocal u38\u000Alocal u39\u000Alocal u40\u000Alocal u41\u000Alocal u42\u000Alocal u43\u000Alocal u44\u000Alocal u45\u000Alocal u46\u000Alocal u47\u000Alocal u48\u000Alocal u49\u000Alocal u50\u000Alocal u51\u000Alocal u52\u000Alocal u53\u000Alocal u54\u000Alocal u55\u000Alocal u56\u000Alocal u57\u000Alocal u58\u000Alocal u59\u000Alocal u60\u000Alocal u61\u000Afunction g()\u000A return u1,u2,u3,u4,u5,u6,u7,u8,u9,u10,u11,u12,u13,u14,u15,u16,u17,u18,u19,u20,u21,u22,u23,u24,u25,u26,u27,u28,u29,u30,u31,u32,u33,u34,u35,u36,u37,u38,u39,u40,u41,u42,u43,u44,u45,u46,u47,u48,u49,u50,u51,u52,u53,u54,u55,u56,u57,u58,u59,u60\u000Aend", null },
        { "local u1\u000Alocal u2\u000Alocal u3\u000Alocal u4\u000Alocal u5\u000Alocal u6\u000Alocal u7\u000Alocal u8\u000Alocal u9\u000Alocal u10\u000Alocal u11\u000Alocal u12\u000Alocal u13\u000Alocal u14\u000Alocal u15\u000Alocal u16\u000Alocal u17\u000Alocal u18\u000Alocal u19\u000Alocal u20\u000Alocal u21\u000Alocal u22\u000Alocal u23\u000Alocal u24\u000Alocal u25\u000Alocal u26\u000Alocal u27\u000Alocal u28\u000Alocal u29\u000Alocal u30\u000Alocal u31\u000Alocal u32\u000Alocal u33\u000Alocal u34\u000Alocal u35\u000Alocal u36\u000Alocal u37\u000Alocal u38\u000Alocal u39\u000Alocal u40\u000Alocal u41\u000Alocal u42\u000Alocal u43\u000Alocal u44\u000Alocal u45\u000Alocal u46\u000Alocal u47\u000Alocal u48\u000Alocal u49\u000Alocal u50\u000Alocal u51\u000Alocal u52\u000Alocal u53\u000Alocal u54\u000Alocal u55\u000Alocal u56\u000Alocal u57\u000Alocal u58\u000Alocal u59\u000Alocal u60\u000Alocal u61\u000Afunction g()\u000A return u1,\u000Au2,\u000Au3,\u000Au4,\u000Au5,\u000Au6,\u000Au7,\u000Au8,\u000Au9,\u000Au10,\u000Au11,\u000Au12,\u000Au13,\u000Au14,\u000Au15,\u000Au16,\u000Au17,\u000Au18,\u000Au19,\u000Au20,\u000Au21,\u000Au22,\u000Au23,\u000Au24,\u000Au25,\u000Au26,\u000Au27,\u000Au28,\u000Au29,\u000Au30,\u000Au31,\u000Au32,\u000Au33,\u000Au34,\u000Au35,\u000Au36,\u000Au37,\u000Au38,\u000Au39,\u000Au40,\u000Au41,\u000Au42,\u000Au43,\u000Au44,\u000Au45,\u000Au46,\u000Au47,\u000Au48,\u000Au49,\u000Au50,\u000Au51,\u000Au52,\u000Au53,\u000Au54,\u000Au55,\u000Au56,\u000Au57,\u000Au58,\u000Au59,\u000Au60,\u000Au61\u000Aend", "[string \"local u1...\"]:124: function at line 62 has more than 60 upvalues" },
        { "x = a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a", "[string \"x = a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .. a .....\"]:1: chunk has too many syntax levels" },
        { "x = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - a", "[string \"x = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -...\"]:1: chunk has too many syntax levels" },
        { "do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end ", "[string \"do do do do do do do do do do do do do do do do do do do do do ...\"]:1: chunk has too many syntax levels" },
        { "x = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}", "[string \"x = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{...\"]:1: chunk has too many syntax levels" },
        { "x = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "[string \"x = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f...\"]:1: chunk has too many syntax levels" },
        { "x = function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return function() return  end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end", "[string \"x = function() return function() return function() return funct...\"]:1: chunk has too many syntax levels" },
    };

    [Theory]
    [MemberData(nameof(LoadstringCases))]
    public void MatchesLoadstringMessage(string source, string? expected)
    {
        var result = LuaParser.Parse(SourceText.From(Encoding.Latin1.GetBytes(source), source));
        if (expected is null)
        {
            Assert.True(result.Success, result.Diagnostics.FirstOrDefault()?.LuaMessage);
            return;
        }
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics);
        // loadstring appends nothing; lua5.1's nCcalls there is one higher than for a file, which
        // only shifts the "variables in assignment" limit (we count as for a file: 198, not 197).
        Assert.Equal(expected.Replace("more than 197 variables", "more than 198 variables"), d.LuaMessage);
    }

    [Theory]
    [InlineData("x x\n", "x.lua:1: '=' expected near 'x'")]
    [InlineData("local function f()\n  return 1\n", "x.lua:3: 'end' expected (to close 'function' at line 1) near '<eof>'")]
    [InlineData("#!/usr/bin/lua\r\nx = = 1\n", "x.lua:2: unexpected symbol near '='")]
    [InlineData("#only", null)]
    public void FileChunksUseThePathAndSkipTheHashLine(string source, string? expected)
    {
        var result = LuaParser.Parse(SourceText.FromFileBytes(Encoding.Latin1.GetBytes(source), "@x.lua"));
        Assert.Equal(expected, result.Diagnostics.FirstOrDefault()?.LuaMessage);
    }

    [Fact]
    public void VariablesInAssignmentLimitFollowsTheNestingLevel()
    {
        var src = string.Concat(Enumerable.Repeat("a,", 199)) + "b = 1";
        var d = Assert.Single(LuaParser.Parse(SourceText.From(src, "=x")).Diagnostics);
        Assert.Equal("x:1: main function has more than 198 variables in assignment", d.LuaMessage);
    }

    [Fact]
    public void DiagnosticHasCodePositionAndCanonicalForm()
    {
        var d = Assert.Single(LuaParser.Parse(SourceText.FromFileBytes("local x = 1\nx y\n"u8.ToArray(), "@dir/x.lua")).Diagnostics);
        Assert.Equal("LUA1001", d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(3, d.Column);
        Assert.Equal("'=' expected", d.Message);
        Assert.Equal("y", d.Near);
        Assert.Equal("dir/x.lua", d.FilePath);
        Assert.Equal("dir/x.lua(2,3): error LUA1001: '=' expected near 'y'", d.ToCanonicalString());
    }

    [Fact]
    public void LexerErrorsHaveTheirOwnCodes()
    {
        Assert.Equal("LUA1101", Code("x = 'abc"));
        Assert.Equal("LUA1105", Code("x = [[ [[ ]]"));
        Assert.Equal("LUA1107", Code("x = 3x"));
        Assert.Equal("LUA1002", Code("x = = 1"));
        Assert.Equal("LUA1008", Code("x = " + new string('(', 300)));
    }

    [Fact]
    public void CanonicalFormShowsUtf8Text()
    {
        var bytes = Encoding.UTF8.GetBytes("x = 1 'é'");
        var d = Assert.Single(LuaParser.Parse(SourceText.From(bytes, "@a.lua")).Diagnostics);
        Assert.Equal("a.lua:1: unexpected symbol near ''\u00C3\u00A9''", d.LuaMessage);
        Assert.Equal("a.lua(1,7): error LUA1002: unexpected symbol near ''é''", d.ToCanonicalString());
    }

    private static string Code(string src) => Assert.Single(LuaParser.Parse(SourceText.From(src)).Diagnostics).Code;
}
