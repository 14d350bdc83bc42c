"""The examples /baocao teaches must be messages the bot then reads right, without asking."""

from bot.parsing import parse_message
from bot.store import Store
from handlers.view import example_free_text, pledged


async def test_free_text_examples_parse_back_to_their_own_task(sample_store: Store) -> None:
    checked = 0
    for official in await sample_store.pledges.officials():
        tasks = await sample_store.pledges.tasks_of(official.id)
        for task in tasks:
            text = example_free_text(task, tasks)
            if text is None:
                continue
            checked += 1
            result = parse_message(pledged(tasks), text)
            assert result.status == "ok", text
            assert [u.task_id for u in result.updates] == [task.id], text
            assert text.split()[0][0].isupper()  # an opening of the task's own text, not a fragment
    assert checked >= 8
