namespace Intima.Dataset;

/// <summary>A dataset file could not be read; the message names the file and, where it applies, the line.</summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatasetFormatException(string path, int? line, string problem, Exception? inner = null)
        : base(line is null ? $"{path}: {problem}" : $"{path}:{line}: {problem}", inner)
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public DatasetFormatException() : this("(unknown)", null, "the dataset could not be read") { }

    /// <summary>Creates the exception with a plain message.</summary>
    public DatasetFormatException(string message) : this("(unknown)", null, message) { }

    /// <summary>Creates the exception with a plain message and cause.</summary>
    public DatasetFormatException(string message, Exception inner) : this("(unknown)", null, message, inner) { }

    /// <summary>The dataset file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line at fault, when the problem is on one line.</summary>
    public int? Line { get; }
}
