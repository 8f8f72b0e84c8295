// expect: none
// Shaped like @temporalio/client: the gRPC service is built elsewhere and every call goes through a
// helper that sets the deadline, so nothing here is a bare call on a client made in this file.
interface WorkflowService {
  startWorkflowExecution(req: unknown): Promise<unknown>;
  getWorkflowExecutionHistory(req: unknown): Promise<unknown>;
}

export class WorkflowClient {
  constructor(private readonly workflowService: WorkflowService, private readonly withDeadline: <T>(fn: () => Promise<T>) => Promise<T>) {}

  start(req: unknown) {
    return this.withDeadline(() => this.workflowService.startWorkflowExecution(req));
  }

  history(req: unknown) {
    return this.workflowService.getWorkflowExecutionHistory(req);
  }
}
