namespace LuaIL.Compiler.Diagnostics;

/// <summary>Collects the diagnostics of one compilation, in the order they were found.</summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public Diagnostic this[int index] => _items[index];

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>A snapshot that later additions do not change.</summary>
    public IReadOnlyList<Diagnostic> ToImmutable() => _items.ToArray();

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
