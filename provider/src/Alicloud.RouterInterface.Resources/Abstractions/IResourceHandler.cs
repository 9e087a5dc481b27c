namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>
/// The CRUD operations of one resource type, in domain terms (no protobuf). The protocol layer decodes each
/// gRPC request, dispatches on <see cref="Token"/>, and maps results and exceptions back to the wire once.
/// </summary>
public interface IResourceHandler
{
    /// <summary>The resource type token, e.g. <c>alicloud-routerinterface:index:RouterInterface</c>.</summary>
    string Token { get; }

    Task<CheckResult> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken);

    Task<DiffResult> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken);

    Task<CreateResult> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken);

    /// <summary>Refresh or import. A resource that no longer exists returns a result with a null ID.</summary>
    Task<ReadResult> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken);

    Task<UpdateResult> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken);

    /// <summary>Returns only when the resource is gone; throws otherwise (the engine then keeps it in the stack).</summary>
    Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken);
}
