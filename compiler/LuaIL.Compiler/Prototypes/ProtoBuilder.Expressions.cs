using System.Runtime.CompilerServices;
using LuaIL.Compiler.Syntax;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Prototypes;

internal sealed partial class ProtoBuilder
{
    private const int FieldsPerFlush = 50; // LFIELDS_PER_FLUSH: positional items are stored in batches, as 5.1 does

    /// <summary>Evaluates <paramref name="e"/> to one value and says where it is: a local or constant in place, anything else in a new temp.</summary>
    private Operand Expr(Expr e)
    {
        switch (e)
        {
            case NilExpr: return Operand.Nil;
            case BoolExpr b: return b.Value ? Operand.True : Operand.False;
            case NumberExpr n: return NumberLiteral(n.Value);
            case StringExpr s: return Operand.Constant(StringConstant(s.Value));
            case NameExpr n when FindActive(_fs, n.Name) >= 0:
                return Operand.Local(FindActive(_fs, n.Name), $"local '{n.Name}'");
            case BinaryExpr { Op: BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.Div or BinaryOp.Mod or BinaryOp.Pow } b:
                return FoldedOrTemp(b.Line, t => ArithmeticChain(b, t));
            case UnaryExpr { Op: UnaryOp.Neg } u:
                return FoldedOrTemp(u.Line, t =>
                {
                    var a = Expr(u.Operand);
                    if (NumberOf(a) is { } n) return NumberLiteral(-n);
                    Emit(new UnaryInstr(u.Line, UnaryOp.Neg, t, a));
                    return t;
                });
            default:
                return ToTemp(e);
        }
    }

    /// <summary>
    /// Evaluates into a new temp with <paramref name="compute"/>, unless the value folds to a number
    /// literal (5.1 folds whole constant subexpressions: <c>1 + 2 * 3</c> is one constant).
    /// </summary>
    private Operand FoldedOrTemp(int line, Func<Operand, Operand> compute)
    {
        var t = NewTemp();
        var result = compute(t);
        if (NumberOf(result) is not null)
        {
            ReleaseTemps(t.Index);
            return result;
        }
        ReleaseTemps(t.Index + 1);
        return t;
    }

    private Operand ToTemp(Expr e)
    {
        var t = NewTemp();
        return t.WithDesc(ExprTo(e, t));
    }

    private Operand ToTempIfMutable(Expr e)
    {
        var op = Expr(e);
        if (op.Kind != OperandKind.Local) return op;
        var t = NewTemp().WithDesc(op.Desc);
        Emit(new MoveInstr(e.Line, t, op));
        return t;
    }

    /// <summary>Evaluates <paramref name="e"/> into <paramref name="dst"/> and returns the name 5.1 would give the value in messages.</summary>
    private string? ExprTo(Expr e, Operand dst)
    {
        // The parser bounds nesting at 200 levels, except for left-deep chains, which are walked
        // iteratively below; this guard turns anything else pathological into a clean diagnostic.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new BuildException(e.Line, "chunk has too many syntax levels");
        int mark = TempMark;
        string? desc = null;
        switch (e)
        {
            case NameExpr n:
                var (kind, index) = Resolve(n.Name, n.Line);
                desc = kind switch { VarKind.Local => "local", VarKind.Upvalue => "upvalue", _ => "global" } + $" '{n.Name}'";
                if (kind == VarKind.Global) Emit(new GetGlobalInstr(n.Line, dst, index));
                else Emit(new MoveInstr(n.Line, dst, kind == VarKind.Local ? Operand.Local(index, desc) : Operand.Upvalue(index, desc)));
                break;
            case IndexExpr ix:
                var obj = Expr(ix.Object);
                var key = Expr(ix.Key);
                Emit(new GetIndexInstr(ix.Line, dst, obj, key));
                desc = $"field '{KeyName(key)}'";
                break;
            case CallExpr or MethodCallExpr:
                Call(e, CallMode.Fixed, [dst]);
                break;
            case VarargExpr v:
                _fs.UsesVararg = true;
                Emit(new VarargInstr(v.Line, [dst], false));
                break;
            case FunctionExpr f:
                Closure(f.Body, dst);
                break;
            case ParenExpr p:
                desc = ExprTo(p.Inner, dst);
                break;
            case BinaryExpr b:
                Binary(b, dst);
                break;
            case UnaryExpr u:
                Unary(u, dst);
                break;
            case TableExpr t:
                Table(t, dst);
                break;
            default:
                Emit(new MoveInstr(e.Line, dst, Expr(e)));
                break;
        }
        ReleaseTemps(mark);
        return desc;
    }

    /// <remarks>5.1 prints the name as a C string, so it ends at the first zero byte (<c>t["a\0b"]</c> is <c>field 'a'</c>).</remarks>
    private string KeyName(Operand key)
    {
        if (key.Kind != OperandKind.Constant || key.Index < 0 || _fs.Constants[key.Index].String is not { } s) return "?";
        int end = Array.IndexOf(s, (byte)0);
        return System.Text.Encoding.UTF8.GetString(s, 0, end < 0 ? s.Length : end);
    }

    private void Binary(BinaryExpr b, Operand dst)
    {
        switch (b.Op)
        {
            case BinaryOp.And or BinaryOp.Or:
                var end = NewLabel();
                ExprTo(b.Left, dst);
                Emit(new JumpIfInstr(b.Line, b.Op == BinaryOp.And ? JumpTest.Falsy : JumpTest.Truthy, dst, end));
                ExprTo(b.Right, dst);
                Place(end, b.Line);
                return;
            case BinaryOp.Concat:
                Concat(b, dst);
                return;
            case BinaryOp.Eq or BinaryOp.Ne or BinaryOp.Lt or BinaryOp.Le or BinaryOp.Gt or BinaryOp.Ge:
                var (op, x, y, negate) = Comparison(b);
                Emit(new CompareInstr(b.Line, op, dst, x, y));
                if (negate) Emit(new UnaryInstr(b.Line, UnaryOp.Not, dst, dst));
                return;
            default:
                var value = ArithmeticChain(b, dst);
                if (!value.Equals(dst.WithDesc(null))) Emit(new MoveInstr(b.Line, dst, value));
                return;
        }
    }

    /// <summary>
    /// Compiles <c>a .. b .. c</c> (right-associative) as one instruction over all the operands, as
    /// 5.1's parser merges a right operand that is itself a concatenation into one OP_CONCAT: the
    /// operands are evaluated left to right, then joined in one copy, pairing from the right for
    /// <c>__concat</c>. The line is that of the innermost operator, where 5.1 codes the instruction.
    /// </summary>
    private void Concat(BinaryExpr b, Operand dst)
    {
        var parts = new List<Operand>();
        var e = b;
        while (true)
        {
            parts.Add(ToTemp(e.Left));
            if (e.Right is BinaryExpr { Op: BinaryOp.Concat } inner) e = inner;
            else break;
        }
        parts.Add(Expr(e.Right));
        Emit(new ConcatInstr(e.Line, dst, [.. parts]));
    }

    /// <summary>Compiles a left-deep chain of arithmetic (e.g. 200,000 terms of <c>1 + 1 + ...</c>) without recursion.</summary>
    /// <returns><paramref name="dst"/> holding the value, or a number literal when the whole chain folded.</returns>
    private Operand ArithmeticChain(BinaryExpr top, Operand dst)
    {
        var spine = new List<BinaryExpr>();
        Expr cur = top;
        while (cur is BinaryExpr { Op: BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.Div or BinaryOp.Mod or BinaryOp.Pow } node)
        {
            spine.Add(node);
            cur = node.Left;
        }
        int mark = TempMark;
        var acc = Expr(cur);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            var node = spine[i];
            var right = Expr(node.Right);
            var op = ToArithOp(node.Op);
            if (NumberOf(acc) is { } a && NumberOf(right) is { } r && Fold(op, a, r) is { } folded)
                acc = NumberLiteral(folded);
            else
            {
                Emit(new ArithInstr(node.Line, op, dst, acc, right));
                acc = dst.WithDesc(null);
            }
            ReleaseTemps(mark);
        }
        if (NumberOf(acc) is not null) return acc;
        if (!acc.Equals(dst.WithDesc(null))) Emit(new MoveInstr(top.Line, dst, acc));
        return dst.WithDesc(null);
    }

    /// <summary>5.1's <c>constfolding</c>: no folding of division or modulo by zero, nor of a NaN result.</summary>
    private static double? Fold(ArithOp op, double a, double b)
    {
        double r;
        switch (op)
        {
            case ArithOp.Add: r = a + b; break;
            case ArithOp.Sub: r = a - b; break;
            case ArithOp.Mul: r = a * b; break;
            case ArithOp.Div: if (b == 0) return null; r = a / b; break;
            case ArithOp.Mod: if (b == 0) return null; r = LuaOps.NumMod(a, b); break;
            default: r = Math.Pow(a, b); break;
        }
        return double.IsNaN(r) ? null : r;
    }

    private static ArithOp ToArithOp(BinaryOp op) => op switch
    {
        BinaryOp.Add => ArithOp.Add,
        BinaryOp.Sub => ArithOp.Sub,
        BinaryOp.Mul => ArithOp.Mul,
        BinaryOp.Div => ArithOp.Div,
        BinaryOp.Mod => ArithOp.Mod,
        _ => ArithOp.Pow,
    };

    /// <summary>Reduces a comparison to ==, &lt; or &lt;=; like 5.1, <c>a &gt; b</c> becomes <c>b &lt; a</c> (which orders its error message).</summary>
    private (CompareOp Op, Operand A, Operand B, bool Negate) Comparison(BinaryExpr b)
    {
        var x = Expr(b.Left);
        var y = Expr(b.Right);
        return b.Op switch
        {
            BinaryOp.Eq => (CompareOp.Eq, x, y, false),
            BinaryOp.Ne => (CompareOp.Eq, x, y, true),
            BinaryOp.Lt => (CompareOp.Lt, x, y, false),
            BinaryOp.Le => (CompareOp.Le, x, y, false),
            BinaryOp.Gt => (CompareOp.Lt, y, x, false),
            _ => (CompareOp.Le, y, x, false),
        };
    }

    private void Unary(UnaryExpr u, Operand dst)
    {
        var a = Expr(u.Operand);
        if (u.Op == UnaryOp.Neg && NumberOf(a) is { } n)
        {
            Emit(new MoveInstr(u.Line, dst, NumberLiteral(-n)));
            return;
        }
        Emit(new UnaryInstr(u.Line, u.Op, dst, a));
    }

    private void Table(TableExpr t, Operand dst)
    {
        int arrayCount = 0, hashCount = 0;
        foreach (var f in t.Fields)
        {
            if (f.Key is null) arrayCount++;
            else hashCount++;
        }
        // Like 5.1, a trailing call or '...' is not counted: its values are stored when known.
        if (t.Fields.Count > 0 && t.Fields[^1] is { Key: null } last && IsMulti(last.Value)) arrayCount--;
        Emit(new NewTableInstr(t.Line, dst, arrayCount, hashCount));
        var pending = new List<Operand>();
        int mark = TempMark;
        int stored = 0;
        for (int i = 0; i < t.Fields.Count; i++)
        {
            var f = t.Fields[i];
            if (f.Key is not null)
            {
                int m = TempMark;
                var key = Expr(f.Key);
                var value = Expr(f.Value);
                Emit(new SetIndexInstr(f.Line, dst, key, value));
                ReleaseTemps(m);
                continue;
            }
            bool lastItem = i == t.Fields.Count - 1;
            if (lastItem && IsMulti(f.Value))
            {
                Multi(f.Value);
                Emit(new SetListInstr(f.Line, dst, stored + 1, [.. pending], true));
                pending.Clear();
                ReleaseTemps(mark);
                return;
            }
            pending.Add(ToTemp(f.Value));
            if (pending.Count == FieldsPerFlush)
            {
                Emit(new SetListInstr(f.Line, dst, stored + 1, [.. pending], false));
                stored += pending.Count;
                pending.Clear();
                ReleaseTemps(mark);
            }
        }
        if (pending.Count > 0) Emit(new SetListInstr(t.Line, dst, stored + 1, [.. pending], false));
        ReleaseTemps(mark);
    }

    private void Closure(FunctionBody body, Operand dst)
    {
        var saved = _fs;
        var child = BuildFunction(body, saved, isMain: false);
        _fs = saved;
        _fs.Children.Add(child);
        Emit(new ClosureInstr(body.Line, dst, _fs.Children.Count - 1));
    }

    private static bool IsMulti(Expr e) => e is CallExpr or MethodCallExpr or VarargExpr;

    /// <summary>Evaluates a call or <c>...</c> leaving all its values as "multi" for the next instruction.</summary>
    private void Multi(Expr e)
    {
        if (e is VarargExpr v)
        {
            _fs.UsesVararg = true;
            Emit(new VarargInstr(v.Line, [], true));
        }
        else Call(e, CallMode.Multi, []);
    }

    /// <summary>Evaluates an expression list adjusted to <paramref name="want"/> values (5.1's <c>adjust_assign</c>), each in its own temp.</summary>
    private Operand[] ExpressionList(IReadOnlyList<Expr> exprs, int want, int line)
    {
        var result = new Operand[want];
        int n = exprs.Count;
        for (int i = 0; i < n; i++)
        {
            var e = exprs[i];
            if (i == n - 1 && IsMulti(e) && want > i)
            {
                var targets = new Operand[want - i];
                for (int k = 0; k < targets.Length; k++) targets[k] = NewTemp();
                if (e is VarargExpr v)
                {
                    _fs.UsesVararg = true;
                    Emit(new VarargInstr(v.Line, targets, false));
                }
                else Call(e, CallMode.Fixed, targets);
                targets.CopyTo(result, i);
                return result;
            }
            var t = ToTemp(e);
            if (i < want) result[i] = t;
        }
        for (int i = n; i < want; i++) result[i] = Operand.Nil;
        return result;
    }

    /// <summary>Compiles a call or method call; <paramref name="results"/> receives the values in <see cref="CallMode.Fixed"/> mode.</summary>
    private void Call(Expr e, CallMode mode, Operand[] results)
    {
        int mark = TempMark;
        Operand function;
        var args = new List<Operand>();
        IReadOnlyList<Expr> argExprs;
        int line;
        if (e is MethodCallExpr m)
        {
            var self = ToTemp(m.Object);
            function = NewTemp().WithDesc($"method '{m.Method}'");
            Emit(new GetIndexInstr(m.Line, function, self, Operand.Constant(StringConstant(m.Method))));
            args.Add(self);
            argExprs = m.Args;
            line = m.Line;
        }
        else
        {
            var c = (CallExpr)e;
            function = ToTemp(c.Function);
            argExprs = c.Args;
            line = c.Line;
        }
        bool multi = false;
        for (int i = 0; i < argExprs.Count; i++)
        {
            if (i == argExprs.Count - 1 && IsMulti(argExprs[i]))
            {
                Multi(argExprs[i]);
                multi = true;
            }
            else args.Add(ToTemp(argExprs[i]));
        }
        int site = AddSite(line, function.Desc);
        Emit(new CallInstr(line, function, [.. args], multi, mode, results, site));
        ReleaseTemps(mark);
    }

    // ---- conditions compiled to jumps ----

    private void JumpIfFalse(Expr cond, Label target) => Jump(cond, target, whenTrue: false);

    private void Jump(Expr cond, Label target, bool whenTrue)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new BuildException(cond.Line, "chunk has too many syntax levels");
        int mark = TempMark;
        switch (cond)
        {
            case NilExpr or BoolExpr { Value: false }:
                if (!whenTrue) Emit(new JumpInstr(cond.Line, target));
                break;
            case BoolExpr or NumberExpr or StringExpr:
                if (whenTrue) Emit(new JumpInstr(cond.Line, target));
                break;
            case UnaryExpr { Op: UnaryOp.Not } not:
                Jump(not.Operand, target, !whenTrue);
                break;
            case BinaryExpr { Op: BinaryOp.And or BinaryOp.Or } b:
                // "a and b" is false when either is; "a or b" is true when either is.
                bool shortCircuitsOn = b.Op == BinaryOp.Or;
                if (whenTrue == shortCircuitsOn)
                {
                    Jump(b.Left, target, whenTrue);
                    Jump(b.Right, target, whenTrue);
                }
                else
                {
                    var skip = NewLabel();
                    Jump(b.Left, skip, !whenTrue);
                    Jump(b.Right, target, whenTrue);
                    Place(skip, b.Line);
                }
                break;
            case BinaryExpr { Op: BinaryOp.Eq or BinaryOp.Ne or BinaryOp.Lt or BinaryOp.Le or BinaryOp.Gt or BinaryOp.Ge } b:
                var (op, x, y, negate) = Comparison(b);
                Emit(new JumpCompareInstr(b.Line, op, x, y, whenTrue != negate, target));
                break;
            default:
                var v = Expr(cond);
                Emit(new JumpIfInstr(cond.Line, whenTrue ? JumpTest.Truthy : JumpTest.Falsy, v, target));
                break;
        }
        ReleaseTemps(mark);
    }
}
