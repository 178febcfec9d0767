{{%AUTOESCAPE context="HTML"}}
{{!
  公告 list of the signed-in account (area_announcements). Repeated ITEM (URL, TITLE, PUBLISHED;
  UNREAD); EMPTY; PAGER (PAGE, PAGES; PREV / NEXT with URL); TOTAL.
}}
<h1 class="page-title">公告</h1>
{{#EMPTY}}<p class="empty">暂无公告。</p>{{/EMPTY}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="announcements-caption">
<table class="data-table">
<caption id="announcements-caption" class="visually-hidden">公告列表，共 {{TOTAL}} 条</caption>
<thead><tr><th scope="col">标题</th><th scope="col">发布时间</th><th scope="col">状态</th></tr></thead>
<tbody>{{#ITEM}}<tr><td><a href="{{URL}}">{{TITLE}}</a></td><td>{{PUBLISHED}}</td><td>{{#UNREAD}}<span class="badge badge-warn">未读</span>{{/UNREAD}}</td></tr>
{{/ITEM}}</tbody>
</table>
</div>
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
