using Alicloud.RouterInterface.Resources.Abstractions;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>Finds the <see cref="IResourceHandler"/> of a request by its type token (or the URN's type segment).</summary>
internal sealed class ResourceHandlerRegistry
{
    private readonly Dictionary<string, IResourceHandler> _handlers;

    public ResourceHandlerRegistry(IEnumerable<IResourceHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = [];
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Token, handler))
            {
                throw new InvalidOperationException($"Two resource handlers claim the token '{handler.Token}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Tokens => _handlers.Keys;

    public IResourceHandler Resolve(string type, string urn)
    {
        var token = string.IsNullOrEmpty(type) ? TypeFromUrn(urn) : type;
        return _handlers.TryGetValue(token, out var handler)
            ? handler
            : throw new UnknownResourceTypeException(token, [.. _handlers.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The type token inside <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>;
    /// the qualified type is <c>parent$parent$type</c>, the last part is the resource's own type.
    /// </summary>
    public static string TypeFromUrn(string urn)
    {
        var parts = (urn ?? string.Empty).Split("::");
        if (parts.Length < 4 || !parts[0].StartsWith("urn:pulumi:", StringComparison.Ordinal))
        {
            return urn ?? string.Empty;
        }

        var qualifiedType = parts[2];
        var dollar = qualifiedType.LastIndexOf('$');
        return dollar < 0 ? qualifiedType : qualifiedType[(dollar + 1)..];
    }

    /// <summary>The resource name (the URN's last segment), for requests from engines that do not send <c>name</c>.</summary>
    public static string NameFromUrn(string urn)
    {
        var separator = (urn ?? string.Empty).LastIndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? string.Empty : urn![(separator + 2)..];
    }
}
