"""What leaders look at: texts, the chart and the Excel report built from bot.status.

matplotlib and openpyxl are imported only inside chart.py and excel.py, when a chart or a workbook
is actually made, so nothing here slows the start of `dondoc parse` or the bot.
"""
