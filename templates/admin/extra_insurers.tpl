{{%AUTOESCAPE context="HTML"}}
{{!
  多家保险公司审核 queue: pending extra-insurer applications, oldest first. Value TOTAL. Repeated APPLICATION
  (INDEX, URL, NAME, REGION, PRODUCT, REASON, SUBMITTED); sections EMPTY, PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">多家保险公司审核</h1>
<p class="list-summary">待审核的增加保险公司投保数据申请共 <strong>{{TOTAL}}</strong> 件，按提交时间先后排列。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="extra-caption">
<table class="data-table">
<caption id="extra-caption" class="visually-hidden">待审核的增加保险公司投保数据申请</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">所属区域</th><th scope="col">险种</th><th scope="col">申请事由</th><th scope="col">提交时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#APPLICATION}}<tr><td class="col-num">{{INDEX}}</td><td>{{NAME}}</td><td>{{REGION}}</td><td>{{PRODUCT}}</td><td class="text-lines">{{REASON:pre_escape}}</td><td class="nowrap">{{SUBMITTED}}</td><td><a href="{{URL}}">审核</a></td></tr>
{{/APPLICATION}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">目前没有待审核的增加保险公司投保数据申请。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
