using System.Runtime.CompilerServices;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests;

/// <summary>One compiler stage checked by golden files: <c>Golden/&lt;Folder&gt;/x.lua</c> beside <c>x&lt;Suffix&gt;</c>.</summary>
/// <param name="Required">Every .lua in the folder must have this expectation; otherwise only existing ones are checked.</param>
public sealed record GoldenStage(string Folder, string Suffix, Func<SourceText, string> Render, bool Required = true);

// Set LUAIL_UPDATE_GOLDEN=1 to rewrite the expectations in the source tree, then review the diff.
public class GoldenTests
{
    // Adding a stage is one line here.
    public static readonly GoldenStage[] Stages =
    [
        new("Syntax", ".ast.txt", RenderAst),
        new("Syntax", ".tokens.txt", TokenPrinter.Print, Required: false),
        new("Proto", ".proto.txt", RenderProto),
    ];

    public static string RenderProto(SourceText text)
    {
        var result = LuaCompilation.BuildProto(text);
        return result.Value is { } proto ? ProtoPrinter.Print(proto) : "error: " + result.Error!.LuaMessage + "\n";
    }

    public static string RenderAst(SourceText text)
    {
        var result = LuaParser.Parse(text);
        return result.Success
            ? AstPrinter.Print(result.Chunk!)
            : string.Concat(result.Diagnostics.Select(d => "error: " + d.LuaMessage + "\n" + d.ToCanonicalString() + "\n"));
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var root = GoldenRoot();
        foreach (var stage in Stages)
        {
            var dir = Path.Combine(root, stage.Folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var lua in Directory.GetFiles(dir, "*.lua").Order(StringComparer.Ordinal))
            {
                var expected = Path.ChangeExtension(lua, null) + stage.Suffix;
                if (stage.Required || File.Exists(expected))
                    data.Add(stage.Folder + stage.Suffix, Path.GetRelativePath(root, lua).Replace('\\', '/'));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesExpectation(string stageKey, string luaFile)
    {
        var stage = Stages.Single(s => s.Folder + s.Suffix == stageKey);
        var root = GoldenRoot();
        var luaPath = Path.Combine(root, luaFile);
        // A stable chunk name, so expectations do not depend on where the repository lives.
        var text = SourceText.FromFileBytes(File.ReadAllBytes(luaPath), "@" + luaFile);
        var actual = stage.Render(text);
        var expectedPath = Path.ChangeExtension(luaPath, null) + stage.Suffix;
        if (Environment.GetEnvironmentVariable("LUAIL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; run with LUAIL_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    // The Golden folder in the source tree (so updates land there), else the copy beside the assembly.
    private static string GoldenRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LuaIL.sln")))
                return Path.Combine(dir.FullName, "tests", "LuaIL.Compiler.Tests", "Golden");
        }
        var besideSource = Path.Combine(SourceDirectory(), "Golden");
        return Directory.Exists(besideSource) ? besideSource : Path.Combine(AppContext.BaseDirectory, "Golden");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
