namespace LuaIL.Compiler.Syntax;

// The syntax tree, as the parser builds it: names are not yet resolved (the ProtoBuilder does that).
// Every node records the line where it starts, except where 5.1 reports errors elsewhere (checked
// against lua5.1): operators record the line of the last token of their (right) operand, because
// 5.1 codes the instruction once that operand is read; calls record the line of the token that
// opens their arguments; indexing records the line of its last token (the name or ']').

/// <summary>Any node of the syntax tree.</summary>
public abstract class Node(int line)
{
    /// <summary>The 1-based source line Lua 5.1 attributes to this node.</summary>
    public int Line { get; } = line;
}

/// <summary>An expression.</summary>
public abstract class Expr(int line) : Node(line);

/// <summary><c>nil</c>.</summary>
public sealed class NilExpr(int line) : Expr(line);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BoolExpr(int line, bool value) : Expr(line)
{
    public bool Value { get; } = value;
}

/// <summary>A numeral, already converted as 5.1's lexer converts it.</summary>
public sealed class NumberExpr(int line, double value) : Expr(line)
{
    public double Value { get; } = value;
}

/// <summary>A string literal: raw bytes after escapes.</summary>
public sealed class StringExpr(int line, byte[] value) : Expr(line)
{
    public byte[] Value { get; } = value;
}

/// <summary><c>...</c>.</summary>
public sealed class VarargExpr(int line) : Expr(line);

/// <summary>A name used as an expression: a local, an upvalue or a global, decided later.</summary>
public sealed class NameExpr(int line, string name) : Expr(line)
{
    public string Name { get; } = name;
}

/// <summary><c>obj[key]</c>, or <c>obj.name</c> when <see cref="IsDotted"/> (key is then a <see cref="StringExpr"/>).</summary>
public sealed class IndexExpr(int line, Expr obj, Expr key, bool isDotted) : Expr(line)
{
    public Expr Object { get; } = obj;
    public Expr Key { get; } = key;
    public bool IsDotted { get; } = isDotted;
}

/// <summary><c>f(args)</c>; <see cref="Node.Line"/> is the line of the opening token of the arguments.</summary>
public sealed class CallExpr(int line, Expr function, IReadOnlyList<Expr> args) : Expr(line)
{
    public Expr Function { get; } = function;
    public IReadOnlyList<Expr> Args { get; } = args;
}

/// <summary><c>obj:name(args)</c>.</summary>
public sealed class MethodCallExpr(int line, Expr obj, string method, IReadOnlyList<Expr> args) : Expr(line)
{
    public Expr Object { get; } = obj;
    public string Method { get; } = method;
    public IReadOnlyList<Expr> Args { get; } = args;
}

/// <summary><c>function ... end</c> as an expression.</summary>
public sealed class FunctionExpr(int line, FunctionBody body) : Expr(line)
{
    public FunctionBody Body { get; } = body;
}

/// <summary>A parenthesised expression: it truncates calls and <c>...</c> to one value.</summary>
public sealed class ParenExpr(int line, Expr inner) : Expr(line)
{
    public Expr Inner { get; } = inner;
}

/// <summary>The binary operators of 5.1.</summary>
public enum BinaryOp
{
    Add, Sub, Mul, Div, Mod, Pow, Concat,
    Eq, Ne, Lt, Le, Gt, Ge,
    And, Or,
}

/// <summary>The unary operators of 5.1.</summary>
public enum UnaryOp
{
    Neg, Not, Len,
}

/// <summary><c>left op right</c>; <see cref="Node.Line"/> is the line of the right operand's last token, where 5.1 reports its errors.</summary>
public sealed class BinaryExpr(int line, BinaryOp op, Expr left, Expr right) : Expr(line)
{
    public BinaryOp Op { get; } = op;
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;
}

/// <summary><c>op operand</c>; <see cref="Node.Line"/> is the line of the operand's last token.</summary>
public sealed class UnaryExpr(int line, UnaryOp op, Expr operand) : Expr(line)
{
    public UnaryOp Op { get; } = op;
    public Expr Operand { get; } = operand;
}

/// <summary>A table constructor.</summary>
public sealed class TableExpr(int line, IReadOnlyList<TableField> fields) : Expr(line)
{
    public IReadOnlyList<TableField> Fields { get; } = fields;
}

/// <summary>One item of a table constructor: positional when <see cref="Key"/> is null, else <c>[key] = value</c> or <c>name = value</c>.</summary>
public sealed class TableField(int line, Expr? key, Expr value) : Node(line)
{
    public Expr? Key { get; } = key;
    public Expr Value { get; } = value;
}

/// <summary>A statement.</summary>
public abstract class Stmt(int line) : Node(line);

/// <summary>A sequence of statements; <see cref="EndLine"/> is the line of the token that closes it.</summary>
public sealed class Block(int line, IReadOnlyList<Stmt> statements, int endLine) : Node(line)
{
    public IReadOnlyList<Stmt> Statements { get; } = statements;
    public int EndLine { get; } = endLine;
}

/// <summary><c>local a, b = e1, e2</c> (no expressions: all nil).</summary>
public sealed class LocalStmt(int line, IReadOnlyList<string> names, IReadOnlyList<Expr> values) : Stmt(line)
{
    public IReadOnlyList<string> Names { get; } = names;
    public IReadOnlyList<Expr> Values { get; } = values;
}

/// <summary><c>local function name body</c>: the local is in scope inside its own body.</summary>
public sealed class LocalFunctionStmt(int line, string name, FunctionBody body) : Stmt(line)
{
    public string Name { get; } = name;
    public FunctionBody Body { get; } = body;
}

/// <summary><c>function a.b.c:m body</c>: <see cref="Target"/> is the assignable expression (a NameExpr or IndexExpr chain); method bodies already have <c>self</c> as first parameter.</summary>
public sealed class FunctionStmt(int line, Expr target, FunctionBody body) : Stmt(line)
{
    public Expr Target { get; } = target;
    public FunctionBody Body { get; } = body;
}

/// <summary><c>t1, t2 = e1, e2</c>: targets are NameExpr or IndexExpr.</summary>
public sealed class AssignStmt(int line, IReadOnlyList<Expr> targets, IReadOnlyList<Expr> values) : Stmt(line)
{
    public IReadOnlyList<Expr> Targets { get; } = targets;
    public IReadOnlyList<Expr> Values { get; } = values;
}

/// <summary>A call used as a statement (all results dropped).</summary>
public sealed class CallStmt(int line, Expr call) : Stmt(line)
{
    /// <summary>A <see cref="CallExpr"/> or <see cref="MethodCallExpr"/>.</summary>
    public Expr Call { get; } = call;
}

/// <summary><c>do block end</c>.</summary>
public sealed class DoStmt(int line, Block body) : Stmt(line)
{
    public Block Body { get; } = body;
}

/// <summary><c>while cond do block end</c>.</summary>
public sealed class WhileStmt(int line, Expr condition, Block body) : Stmt(line)
{
    public Expr Condition { get; } = condition;
    public Block Body { get; } = body;
}

/// <summary><c>repeat block until cond</c>: the condition sees the block's locals.</summary>
public sealed class RepeatStmt(int line, Block body, Expr condition) : Stmt(line)
{
    public Block Body { get; } = body;
    public Expr Condition { get; } = condition;
}

/// <summary><c>if c1 then b1 elseif c2 then b2 else b3 end</c>.</summary>
public sealed class IfStmt(int line, IReadOnlyList<(Expr Condition, Block Body)> clauses, Block? elseBody) : Stmt(line)
{
    public IReadOnlyList<(Expr Condition, Block Body)> Clauses { get; } = clauses;
    public Block? Else { get; } = elseBody;
}

/// <summary><c>for v = start, limit, step do block end</c>.</summary>
public sealed class NumericForStmt(int line, string variable, Expr start, Expr limit, Expr? step, Block body) : Stmt(line)
{
    public string Variable { get; } = variable;
    public Expr Start { get; } = start;
    public Expr Limit { get; } = limit;
    public Expr? Step { get; } = step;
    public Block Body { get; } = body;
}

/// <summary><c>for n1, n2 in e1, e2, e3 do block end</c>.</summary>
public sealed class GenericForStmt(int line, IReadOnlyList<string> names, IReadOnlyList<Expr> values, Block body) : Stmt(line)
{
    public IReadOnlyList<string> Names { get; } = names;
    public IReadOnlyList<Expr> Values { get; } = values;
    public Block Body { get; } = body;
}

/// <summary><c>return e1, e2</c>.</summary>
public sealed class ReturnStmt(int line, IReadOnlyList<Expr> values) : Stmt(line)
{
    public IReadOnlyList<Expr> Values { get; } = values;
}

/// <summary><c>break</c>.</summary>
public sealed class BreakStmt(int line) : Stmt(line);

/// <summary>Parameters and body of a function; the main chunk is one too (vararg, no parameters, line 0).</summary>
public sealed class FunctionBody(int line, IReadOnlyList<string> parameters, bool isVararg, Block body, int endLine, string? name) : Node(line)
{
    public IReadOnlyList<string> Parameters { get; } = parameters;
    public bool IsVararg { get; } = isVararg;
    public Block Body { get; } = body;
    public int EndLine { get; } = endLine;

    /// <summary>A name for diagnostics when the syntax gives one (<c>function a.b:c</c> gives <c>a.b:c</c>); null otherwise.</summary>
    public string? Name { get; } = name;
}

/// <summary>A whole chunk as parsed: its main function.</summary>
public sealed class Chunk(string chunkName, FunctionBody main)
{
    /// <summary>The chunk name as Lua gives it (<c>@file.lua</c>, <c>=stdin</c>, or the source text for <c>loadstring</c>).</summary>
    public string ChunkName { get; } = chunkName;
    public FunctionBody Main { get; } = main;
}
