"""TEST DOUBLE used by Graflow Studio's export tests. This is NOT Python Graflow.

A minimal emulation of the parts of Graflow's API that exported scripts use: @task,
workflow(...), >>, parallel(...) / ParallelGroup, set_group_name, with_execution, RetryPolicy,
and a TaskExecutionContext with the channel, retry and cycle counts, next_task (always to an
existing node, so successors are skipped), terminate_workflow and cancel_workflow.

execute() follows Graflow's engine loop: a FIFO queue; after each completion the successors are
enqueued (no join); goto skips them; terminate stops after the task; a failed task with retries
left is enqueued again at the end (no delay here); a parallel group runs each member with its own
successors on a queue of its own, in member order, applies its policy, then continues as one node.

It prints one JSON line per completed top-level task, {"task": id, "result": value}, and at the
end {"results": {id: result}} for every task that completed, group members included.
"""
import collections
import json

_graphs = []


class _Channel:
    def __init__(self):
        self._data = {}

    def get(self, key, default=None):
        return self._data.get(key, default)

    def set(self, key, value, ttl=None):
        self._data[key] = value

    def exists(self, key):
        return key in self._data

    def keys(self):
        return list(self._data)


class RetryPolicy:
    def __init__(self, max_retries=0, initial_interval=1.0, backoff_factor=2.0, max_interval=60.0, jitter=False):
        self.max_retries = max_retries


class _Node:
    def __rshift__(self, other):
        _graphs[-1].edges[self.task_id].append(other.task_id)
        return other


class _TaskWrapper(_Node):
    def __init__(self, task_id, func, inject_context=False, max_retries=None, max_cycles=None, retry_policy=None):
        self.task_id = task_id
        self.func = func
        self.inject_context = inject_context
        self.max_retries = retry_policy.max_retries if retry_policy else (max_retries or 0)
        self.max_cycles = 10 if max_cycles is None else max_cycles
        _graphs[-1].add(self)


def task(task_id, **options):
    return lambda func: _TaskWrapper(task_id, func, **options)


class ParallelGroup(_Node):
    _count = 0

    def __init__(self, tasks):
        ParallelGroup._count += 1
        self.task_id = "ParallelGroup_%d" % ParallelGroup._count
        self.members = [member.task_id for member in tasks]
        self.policy = "strict"
        self.max_retries = 0
        self.max_cycles = 10
        _graphs[-1].add(self)

    def set_group_name(self, name):
        del _graphs[-1].nodes[self.task_id]
        self.task_id = name
        _graphs[-1].add(self)

    def with_execution(self, backend=None, backend_config=None, policy="strict"):
        self.policy = policy


def parallel(*tasks):
    if len(tasks) < 2:
        raise ValueError("parallel() needs at least two tasks")
    return ParallelGroup(list(tasks))


class _Frame:
    def __init__(self, start):
        self.queue = collections.deque([start])
        self.goto = self.terminate = False
        self.cancel = None


class TaskExecutionContext:
    def __init__(self, run, frame, node):
        self._run, self._frame, self._node, self.task_id = run, frame, node, node.task_id

    retry_count = property(lambda self: self._run.retries[self.task_id])
    max_retries = property(lambda self: self._node.max_retries)
    cycle_count = property(lambda self: self._run.cycles[self.task_id])
    max_cycles = property(lambda self: self._node.max_cycles)

    def get_channel(self):
        return self._run.channel

    def next_task(self, executable, goto=False):
        self._frame.queue.append(executable.task_id)
        self._frame.goto = True
        return executable.task_id

    def terminate_workflow(self, message):
        self._frame.terminate = True

    def cancel_workflow(self, message):
        self._frame.cancel = message


class _Run:
    def __init__(self, graph, max_steps):
        self.graph, self.max_steps, self.steps = graph, max_steps, 0
        self.channel = _Channel()
        self.retries, self.cycles = collections.Counter(), collections.Counter()
        self.completed = {}

    def execute(self, start, top_level):
        frame = _Frame(start)
        while frame.queue and self.steps < self.max_steps:
            task_id = frame.queue.popleft()
            node = self.graph.nodes[task_id]
            frame.goto = frame.terminate = False
            if self.retries[task_id] == 0:
                self.cycles[task_id] += 1
            try:
                if isinstance(node, ParallelGroup):
                    result = self.run_group(node)
                elif node.inject_context:
                    result = node.func(TaskExecutionContext(self, frame, node))
                else:
                    result = node.func()
            except Exception:
                if self.retries[task_id] < node.max_retries:
                    self.retries[task_id] += 1
                    frame.queue.append(task_id)
                    continue
                raise
            self.channel.set(task_id + ".__result__", result)
            if frame.cancel is not None:
                raise RuntimeError("Workflow canceled by task '%s': %s" % (task_id, frame.cancel))
            self.steps += 1
            self.completed[task_id] = result
            if top_level:
                print(json.dumps({"task": task_id, "result": result}), flush=True)
            if frame.terminate:
                break
            if not frame.goto:
                frame.queue.extend(self.graph.edges[task_id])

    def run_group(self, group):
        failed = []
        for member in group.members:
            try:
                self.execute(member, False)
            except Exception:
                failed.append(member)
        policy = group.policy
        if policy == "best_effort":
            return None
        if isinstance(policy, dict) and policy["type"] == "at_least_n":
            if len(group.members) - len(failed) < policy["min_success"]:
                raise RuntimeError("Only %d/%d tasks succeeded" % (len(group.members) - len(failed),
                                                                    policy["min_success"]))
            return None
        if isinstance(policy, dict) and policy["type"] == "critical":
            failed = [member for member in failed if member in policy["critical_task_ids"]]
        if failed:
            raise RuntimeError("Parallel group %s failed: %d task(s) failed" % (group.task_id, len(failed)))
        return None


class workflow:
    def __init__(self, name):
        self.name = name
        self.nodes = {}
        self.edges = collections.defaultdict(list)

    def add(self, node):
        if node.task_id in self.nodes:
            raise ValueError("duplicate task id %r" % node.task_id)
        self.nodes[node.task_id] = node

    def __enter__(self):
        _graphs.append(self)
        return self

    def __exit__(self, *errors):
        _graphs.pop()
        return False

    def execute(self, start_node=None, max_steps=10000):
        run = _Run(self, max_steps)
        run.execute(start_node, True)
        print(json.dumps({"results": run.completed}), flush=True)
        return None
