using LuaIL.Compiler.Diagnostics;

namespace LuaIL.Compiler.Syntax;

// Just enough of 5.1's FuncState/BlockCnt to raise its limit errors where it raises them:
// active locals (LUAI_MAXVARS), upvalues (LUAI_MAXUPVALUES) and 'break' outside a loop.
internal sealed partial class Parser
{
    private sealed class FunctionState(FunctionState? parent, int lineDefined)
    {
        public FunctionState? Parent { get; } = parent;
        public int LineDefined { get; } = lineDefined;
        public bool IsVararg { get; set; }

        /// <summary>Local names by register; entries at or past <see cref="ActiveCount"/> are declared but not yet in scope.</summary>
        public List<string> Vars { get; } = [];
        public int ActiveCount { get; set; }

        /// <summary>Upvalues as 5.1 keys them: (true, register) for a parent local, (false, index) for a parent upvalue.</summary>
        public List<(bool FromLocal, int Index)> Upvalues { get; } = [];

        public BlockScope? Block { get; set; }
    }

    private sealed class BlockScope(BlockScope? previous, int activeAtEntry, bool isLoop)
    {
        public BlockScope? Previous { get; } = previous;
        public int ActiveAtEntry { get; } = activeAtEntry;
        public bool IsLoop { get; } = isLoop;
    }

    // new_localvar: declares the n-th pending local; it becomes visible at AdjustLocals.
    private void NewLocal(string name, int n)
    {
        var fs = _fs;
        int index = fs.ActiveCount + n;
        if (index + 1 > MaxVars) throw ErrorLimit(fs, MaxVars, "local variables");
        if (index < fs.Vars.Count) fs.Vars[index] = name;
        else fs.Vars.Add(name);
    }

    private void AdjustLocals(int n) => _fs.ActiveCount += n;

    private void EnterBlock(bool isLoop) => _fs.Block = new BlockScope(_fs.Block, _fs.ActiveCount, isLoop);

    private void LeaveBlock()
    {
        var block = _fs.Block!;
        _fs.Block = block.Previous;
        _fs.ActiveCount = block.ActiveAtEntry;
    }

    private bool InLoop()
    {
        for (var b = _fs.Block; b is not null; b = b.Previous)
            if (b.IsLoop) return true;
        return false;
    }

    // singlevaraux: a name is a local here, an upvalue (registered in every function between), or a global.
    private void ResolveName(string name) => Resolve(_fs, name);

    private (bool Found, bool IsLocal, int Index) Resolve(FunctionState? fs, string name)
    {
        if (fs is null) return (false, false, 0);
        for (int i = fs.ActiveCount - 1; i >= 0; i--)
            if (ReferenceEquals(fs.Vars[i], name) || fs.Vars[i] == name) return (true, true, i);
        var outer = Resolve(fs.Parent, name);
        if (!outer.Found) return outer;
        var key = (outer.IsLocal, outer.Index);
        int idx = fs.Upvalues.IndexOf(key);
        if (idx < 0)
        {
            if (fs.Upvalues.Count + 1 > MaxUpvalues) throw ErrorLimit(fs, MaxUpvalues, "upvalues");
            idx = fs.Upvalues.Count;
            fs.Upvalues.Add(key);
        }
        return (true, false, idx);
    }
}
