using System.Reflection.Metadata;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests;

/// <summary>The assembly written by the Cecil emitter: it loads, and its portable PDB maps IL to every statement line.</summary>
public sealed class CecilEmitterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luail-cecil-").FullName;

    private const string Program = """
        local function fib(n)
          if n < 2 then
            return n
          end
          return fib(n - 1) + fib(n - 2)
        end
        local t = {}
        for i = 1, 10 do
          t[i] = fib(i)
        end
        while #t > 5 do
          t[#t] = nil
        end
        repeat
          local x = #t
        until x < 10
        print(t[5], ...)
        do
          local y = t[1] .. "!"
          print(y)
        end
        return t
        """;

    [Fact]
    public void PdbHasSequencePointsForEveryStatementLine()
    {
        var dll = Build("fibs", Program);
        var pdb = Path.ChangeExtension(dll, ".pdb");
        Assert.True(File.Exists(pdb));

        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        var reader = provider.GetMetadataReader();
        var lines = new HashSet<int>();
        foreach (var handle in reader.MethodDebugInformation)
            foreach (var sp in reader.GetMethodDebugInformation(handle).GetSequencePoints())
                if (!sp.IsHidden) lines.Add(sp.StartLine);

        var chunk = LuaParser.Parse(SourceText.From(Program, "@fibs.lua")).Chunk!;
        var missing = StatementLines(chunk.Main.Body).Where(l => !lines.Contains(l)).ToList();
        Assert.Empty(missing);

        var document = reader.GetDocument(reader.Documents.Single());
        Assert.EndsWith("fibs.lua", reader.GetString(document.Name), StringComparison.Ordinal);
    }

    [Fact]
    public void PdbEmbedsTheLuaSource()
    {
        var dll = Build("embedded", "print('hi')\n");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(dll, ".pdb")));
        var reader = provider.GetMetadataReader();
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        Assert.Contains(reader.CustomDebugInformation, h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind) == embeddedSource);
    }

    [Fact]
    public void AssemblyLoadsAndRunsInProcess()
    {
        var dll = Build("square", "local x = ... return x * x\n");
        var context = new System.Runtime.Loader.AssemblyLoadContext("square", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(dll);
            var type = assembly.GetType("LuaIL.Compiled.LuaChunk")!;
            var chunk = (Runtime.LuaClosure)Activator.CreateInstance(type)!;
            var L = new Runtime.LuaState();
            chunk.Env = L.Globals;
            Assert.Equal(49.0, chunk.Invoke(L, new Runtime.LuaValue(7)).Num);
        }
        finally
        {
            context.Unload();
        }
    }

    private string Build(string name, string source)
    {
        var path = Path.Combine(_dir, name + ".lua");
        File.WriteAllText(path, source);
        var dll = Path.Combine(_dir, name + ".dll");
        var result = LuaCompilation.CompileToAssembly(SourceText.FromFile(path), dll, executable: false);
        Assert.Null(result.Error);
        return dll;
    }

    /// <summary>Lines of statements that generate code of their own (a <c>do</c> has none, as in 5.1).</summary>
    private static IEnumerable<int> StatementLines(Block block)
    {
        foreach (var s in block.Statements)
        {
            if (s is not DoStmt) yield return s.Line;
            var nested = s switch
            {
                DoStmt d => [d.Body],
                WhileStmt w => [w.Body],
                RepeatStmt r => [r.Body],
                IfStmt i => i.Clauses.Select(c => c.Body).Concat(i.Else is null ? [] : [i.Else]),
                NumericForStmt f => [f.Body],
                GenericForStmt g => [g.Body],
                LocalFunctionStmt lf => [lf.Body.Body],
                FunctionStmt fs => [fs.Body.Body],
                _ => Enumerable.Empty<Block>(),
            };
            foreach (var b in nested)
                foreach (var line in StatementLines(b))
                    yield return line;
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
