using LuaIL.Compiler;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Cli;

/// <summary><c>luac-il dump --stage tokens|ast|proto FILE</c>: prints what a compiler stage produced.</summary>
internal static class DumpCommand
{
    public static int Execute(DumpOptions options)
    {
        if (!File.Exists(options.File))
        {
            Console.Error.WriteLine($"{RunCommand.ProgramName}: cannot open {options.File}");
            return 1;
        }
        var source = SourceText.FromFile(options.File);
        string text;
        switch (options.Stage)
        {
            case DumpStage.Tokens:
                text = TokenPrinter.Print(source);
                break;
            case DumpStage.Ast:
                var parsed = LuaParser.Parse(source);
                if (parsed.Chunk is null) return Fail(parsed.Diagnostics[0].LuaMessage);
                text = AstPrinter.Print(parsed.Chunk);
                break;
            default:
                var proto = LuaCompilation.BuildProto(source);
                if (proto.Value is null) return Fail(proto.Error!.LuaMessage);
                text = ProtoPrinter.Print(proto.Value);
                break;
        }
        RunCommand.WriteLatin1Line(Console.OpenStandardOutput(), text.TrimEnd('\n'));
        return 0;
    }

    private static int Fail(string message)
    {
        RunCommand.WriteLatin1Line(Console.OpenStandardError(), $"{RunCommand.ProgramName}: {message}");
        return 1;
    }
}
