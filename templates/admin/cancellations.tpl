{{%AUTOESCAPE context="HTML"}}
{{!
  注销审核 queue: pending school account cancellations, oldest first. Value TOTAL. Repeated APPLICATION
  (INDEX, URL, NAME, REGION, CAUSE, REASON, APPLICANT, SUBMITTED); sections EMPTY, PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">注销审核</h1>
<p class="list-summary">待审核的学校账号注销申请共 <strong>{{TOTAL}}</strong> 件，按提交时间先后排列。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="cancellations-caption">
<table class="data-table">
<caption id="cancellations-caption" class="visually-hidden">待审核的注销申请</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">所属区域</th><th scope="col">注销原因</th><th scope="col">注销说明</th><th scope="col">申请人</th><th scope="col">提交时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#APPLICATION}}<tr><td class="col-num">{{INDEX}}</td><td>{{NAME}}</td><td>{{REGION}}</td><td class="nowrap">{{CAUSE}}</td><td>{{REASON}}</td><td>{{APPLICANT}}</td><td class="nowrap">{{SUBMITTED}}</td><td><a href="{{URL}}">审核</a></td></tr>
{{/APPLICATION}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">目前没有待审核的注销申请。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
