using LuaIL.Compiler.Syntax;

namespace LuaIL.Compiler.Prototypes;

internal sealed partial class ProtoBuilder
{
    private void Statements(Block block)
    {
        foreach (var stmt in block.Statements)
        {
            int mark = TempMark;
            Statement(stmt);
            ReleaseTemps(mark);
        }
    }

    private void ScopedBlock(Block block, Label? breakLabel = null)
    {
        OpenBlock(breakLabel is not null, breakLabel);
        Statements(block);
        CloseBlock();
    }

    private void Statement(Stmt stmt)
    {
        switch (stmt)
        {
            case LocalStmt s: Local(s); break;
            case LocalFunctionStmt s: LocalFunction(s); break;
            case FunctionStmt s: FunctionStatement(s); break;
            case AssignStmt s: Assign(s); break;
            case CallStmt s: Call(s.Call, CallMode.Discard, []); break;
            case DoStmt s: ScopedBlock(s.Body); break;
            case WhileStmt s: While(s); break;
            case RepeatStmt s: Repeat(s); break;
            case IfStmt s: If(s); break;
            case NumericForStmt s: NumericFor(s); break;
            case GenericForStmt s: GenericFor(s); break;
            case ReturnStmt s: Return(s); break;
            case BreakStmt s: Break(s); break;
            default: throw new InvalidOperationException($"unknown statement {stmt.GetType().Name}");
        }
    }

    private void Local(LocalStmt s)
    {
        var values = ExpressionList(s.Values, s.Names.Count, s.Line);
        // The new locals come into scope only after all values are evaluated (local x = x).
        for (int i = 0; i < s.Names.Count; i++)
        {
            var local = DeclareLocal(s.Names[i], s.Line);
            Emit(new MoveInstr(s.Line, local, values[i]));
        }
    }

    private void LocalFunction(LocalFunctionStmt s)
    {
        // In scope before the body, so the function can call itself through its own upvalue.
        var local = DeclareLocal(s.Name, s.Line);
        var closure = NewTemp();
        Closure(s.Body, closure);
        Emit(new MoveInstr(s.Body.EndLine, local, closure));
    }

    private void FunctionStatement(FunctionStmt s)
    {
        var target = PrepareTarget(s.Target, copy: false);
        var closure = NewTemp();
        Closure(s.Body, closure);
        StoreTarget(target, closure, s.Line);
    }

    private void Assign(AssignStmt s)
    {
        bool many = s.Targets.Count > 1;
        var targets = new AssignTarget[s.Targets.Count];
        for (int i = 0; i < targets.Length; i++)
            targets[i] = PrepareTarget(s.Targets[i], copy: many);
        var values = ExpressionList(s.Values, targets.Length, s.Line);
        // 5.1 stores right to left: in 'a, a = 1, 2' the first assignment wins.
        for (int i = targets.Length - 1; i >= 0; i--)
            StoreTarget(targets[i], values[i], s.Line);
    }

    /// <summary>An assignable place with its table and key already evaluated.</summary>
    private readonly record struct AssignTarget(VarKind Kind, int Index, Operand Table, Operand Key, int Line);

    private AssignTarget PrepareTarget(Expr target, bool copy)
    {
        switch (target)
        {
            case NameExpr n:
                var (kind, index) = Resolve(n.Name, n.Line);
                return new AssignTarget(kind, index, default, default, n.Line);
            case IndexExpr ix:
                var table = copy ? ToTemp(ix.Object) : Expr(ix.Object);
                var key = copy ? ToTempIfMutable(ix.Key) : Expr(ix.Key);
                return new AssignTarget(VarKind.Global, -1, table, key, ix.Line);
            default:
                throw new InvalidOperationException("cannot assign to " + target.GetType().Name);
        }
    }

    private void StoreTarget(AssignTarget t, Operand value, int line)
    {
        if (t.Index < 0)
            Emit(new SetIndexInstr(t.Line, t.Table, t.Key, value));
        else if (t.Kind == VarKind.Local)
            Emit(new MoveInstr(line, Operand.Local(t.Index, null), value));
        else if (t.Kind == VarKind.Upvalue)
            Emit(new MoveInstr(line, Operand.Upvalue(t.Index, null), value));
        else
            Emit(new SetGlobalInstr(line, t.Index, value));
    }

    private void While(WhileStmt s)
    {
        var start = NewLabel();
        var exit = NewLabel();
        Place(start, s.Line);
        JumpIfFalse(s.Condition, exit);
        ScopedBlock(s.Body, exit);
        Emit(new JumpInstr(s.Body.EndLine, start));
        Place(exit, s.Body.EndLine);
    }

    private void Repeat(RepeatStmt s)
    {
        var start = NewLabel();
        var exit = NewLabel();
        Place(start, s.Line);
        // The condition is inside the body's scope: it sees the body's locals.
        OpenBlock(loop: true, exit);
        Statements(s.Body);
        int mark = TempMark;
        JumpIfFalse(s.Condition, start);
        ReleaseTemps(mark);
        CloseBlock();
        Place(exit, s.Condition.Line);
    }

    private void If(IfStmt s)
    {
        var end = NewLabel();
        for (int i = 0; i < s.Clauses.Count; i++)
        {
            var (condition, body) = s.Clauses[i];
            var next = NewLabel();
            int mark = TempMark;
            JumpIfFalse(condition, next);
            ReleaseTemps(mark);
            ScopedBlock(body);
            bool last = i == s.Clauses.Count - 1 && s.Else is null;
            if (!last) Emit(new JumpInstr(body.EndLine, end));
            Place(next, body.EndLine);
        }
        if (s.Else is not null) ScopedBlock(s.Else);
        Place(end, s.Line);
    }

    private void NumericFor(NumericForStmt s)
    {
        var index = NewTemp();
        var limit = NewTemp();
        var step = NewTemp();
        ExprTo(s.Start, index);
        ExprTo(s.Limit, limit);
        if (s.Step is null) Emit(new MoveInstr(s.Line, step, NumberLiteral(1)));
        else ExprTo(s.Step, step);
        Emit(new ForPrepInstr(s.Line, index, limit, step));
        var body = NewLabel();
        var check = NewLabel();
        var exit = NewLabel();
        Emit(new JumpInstr(s.Line, check));
        Place(body, s.Line);
        OpenBlock(loop: true, exit);
        // A fresh local each iteration: closures made in the body capture that iteration's value.
        var v = DeclareLocal(s.Variable, s.Line);
        Emit(new MoveInstr(s.Line, v, index));
        Statements(s.Body);
        CloseBlock();
        Place(check, s.Line);
        Emit(new ForLoopInstr(s.Line, index, limit, step, body));
        Place(exit, s.Line);
    }

    private void GenericFor(GenericForStmt s)
    {
        var iterator = NewTemp();
        var state = NewTemp();
        var control = NewTemp();
        var init = ExpressionList(s.Values, 3, s.Line);
        Emit(new MoveInstr(s.Line, iterator, init[0]));
        Emit(new MoveInstr(s.Line, state, init[1]));
        Emit(new MoveInstr(s.Line, control, init[2]));
        var loop = NewLabel();
        var exit = NewLabel();
        Place(loop, s.Line);
        var results = new Operand[s.Names.Count];
        for (int i = 0; i < results.Length; i++) results[i] = NewTemp();
        // 5.1 reports a failing iterator call at the line where the expression list starts. The
        // iterator's own argument errors name the hidden local it is called from; "attempt to
        // call" names nothing (5.1 calls a copy of it), so the operand stays unnamed.
        int callLine = s.Values.Count > 0 ? s.Values[0].Line : s.Line;
        int site = AddSite(callLine, "local '(for generator)'");
        Emit(new CallInstr(callLine, iterator, [state, control], false, CallMode.Fixed, results, site, NoYield: true));
        Emit(new JumpIfInstr(s.Line, JumpTest.Nil, results[0], exit));
        Emit(new MoveInstr(s.Line, control, results[0]));
        OpenBlock(loop: true, exit);
        for (int i = 0; i < results.Length; i++)
        {
            var v = DeclareLocal(s.Names[i], s.Line);
            Emit(new MoveInstr(s.Line, v, results[i]));
        }
        Statements(s.Body);
        CloseBlock();
        Emit(new JumpInstr(s.Line, loop));
        Place(exit, s.Line);
    }

    private void Return(ReturnStmt s)
    {
        var values = s.Values;
        if (values.Count == 1 && values[0] is CallExpr or MethodCallExpr)
        {
            Call(values[0], CallMode.Tail, []);
            return;
        }
        if (values.Count == 1 && values[0] is not VarargExpr)
        {
            Emit(new ReturnInstr(s.Line, [Expr(values[0])], false));
            return;
        }
        bool multi = values.Count > 0 && IsMulti(values[^1]);
        int fixedCount = multi ? values.Count - 1 : values.Count;
        var operands = new Operand[fixedCount];
        for (int i = 0; i < fixedCount; i++) operands[i] = ToTemp(values[i]);
        if (multi) Multi(values[^1]);
        Emit(new ReturnInstr(s.Line, operands, multi));
    }

    private void Break(BreakStmt s)
    {
        for (int i = _fs.Blocks.Count - 1; i >= 0; i--)
        {
            if (_fs.Blocks[i].BreakLabel is { } exit)
            {
                Emit(new JumpInstr(s.Line, exit));
                return;
            }
        }
        throw new BuildException(s.Line, "no loop to break");
    }
}
